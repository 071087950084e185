import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import { enumDefs, resourceDefs } from '../model/registry';
import { appMessages } from './app-messages';
import { chineseMessages } from './zh';

type Lang = 'zh' | 'en';

const plural = (en: string) => (/[^aeiou]y$/.test(en) ? `${en.slice(0, -1)}ies` : `${en}s`);

/** Resource, field and enum labels, straight from the generated definitions. */
function schemaMessages(lang: Lang) {
  const resources = Object.fromEntries(
    resourceDefs.map((r) => {
      const fields: Record<string, string> = {};
      for (const f of r.fields) fields[f.name] = fields[f.source] = f.label[lang];
      for (const i of r.inverses) fields[i.name] = i.label[lang];
      const name = lang === 'zh' ? r.label.zh : `${r.label.en} |||| ${plural(r.label.en)}`;
      return [r.name, { name, fields }];
    }),
  );
  const enums = Object.fromEntries(
    Object.values(enumDefs).map((e) => [e.name, Object.fromEntries(e.values.map((v) => [v.value, v[lang]]))]),
  );
  return { resources, enums };
}

const messages = {
  zh: { ...chineseMessages, ...schemaMessages('zh'), ...appMessages.zh },
  en: {
    ...englishMessages,
    ra: { ...englishMessages.ra, auth: { ...englishMessages.ra.auth, username: 'E-mail' } },
    ...schemaMessages('en'),
    ...appMessages.en,
  },
};

/** zh-CN by default, English by the switch in the app bar. */
export const i18nProvider = polyglotI18nProvider(
  (locale) => messages[locale as Lang] ?? messages.zh,
  'zh',
  [
    { locale: 'zh', name: '中文' },
    { locale: 'en', name: 'English' },
  ],
  { allowMissing: true },
);
