import HistoryIcon from '@mui/icons-material/History';
import PrivacyTipIcon from '@mui/icons-material/PrivacyTip';
import ArticleIcon from '@mui/icons-material/Article';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import RuleIcon from '@mui/icons-material/Rule';
import PublishedWithChangesIcon from '@mui/icons-material/PublishedWithChanges';
import type { ReactElement } from 'react';
import type { Permissions } from '../auth/permissions';

export interface MenuItem {
  to: string;
  label: string;
  icon?: ReactElement;
}

/** Pages beyond the record types, shown when the role may use them. */
export function extraMenuItems(permissions: Permissions | undefined): MenuItem[] {
  const items: MenuItem[] = [
    { to: '/report', label: 'app.menu.report', icon: <ArticleIcon /> },
    { to: '/published-reports', label: 'app.menu.published', icon: <PublishedWithChangesIcon /> },
    { to: '/data-quality', label: 'app.menu.data_quality', icon: <FactCheckIcon /> },
    { to: '/data-completeness', label: 'app.menu.data_completeness', icon: <RuleIcon /> },
  ];
  if (permissions?.canReadAuditLog) items.push({ to: '/audit-log', label: 'app.menu.audit_log', icon: <HistoryIcon /> });
  if (permissions?.canReadAccessLog) items.push({ to: '/access-log', label: 'app.menu.access_log', icon: <PrivacyTipIcon /> });
  return items;
}
