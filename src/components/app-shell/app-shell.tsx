import { AppShell as MantineAppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { AppHeader } from '@/components/app-shell/app-header';
import { AppNav } from '@/components/app-shell/app-nav';
import { SkipLink } from '@/components/app-shell/skip-link';

export const MAIN_CONTENT_ID = 'main-content';

/** Props of the console layout. */
export interface AppShellProps {
  /** The current page. */
  children: ReactNode;
  /** Extra header controls before the colour-scheme switch (e.g. the signed-in session). */
  headerExtra?: ReactNode;
}

/** The console frame: skip link, header, navigation (a drawer on small screens) and the main region. */
export function AppShell({ children, headerExtra }: AppShellProps) {
  const [navOpened, nav] = useDisclosure(false);
  return (
    <>
      <SkipLink targetId={MAIN_CONTENT_ID} />
      <MantineAppShell
        header={{ height: 56 }}
        navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding="md"
      >
        <MantineAppShell.Header>
          <AppHeader navOpened={navOpened} onToggleNav={nav.toggle} extra={headerExtra} />
        </MantineAppShell.Header>
        <MantineAppShell.Navbar p="xs" aria-label="Main">
          <AppNav onNavigate={nav.close} />
        </MantineAppShell.Navbar>
        <MantineAppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} style={{ outline: 'none' }}>
          {children}
        </MantineAppShell.Main>
      </MantineAppShell>
    </>
  );
}
