import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { Menu } from './Menu';
import { WriteWarnings } from './WriteWarnings';

export function Layout({ children }: { children: ReactNode }) {
  return (
    <RaLayout menu={Menu}>
      <WriteWarnings />
      {children}
    </RaLayout>
  );
}
