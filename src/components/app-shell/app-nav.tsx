import { NavLink, Stack } from '@mantine/core';
import { Link, useRouterState } from '@tanstack/react-router';
import { isNavItemActive, navItems } from '@/components/app-shell/nav-items';

/** Props of the main navigation. */
export interface AppNavProps {
  /** Called after a link is followed (closes the drawer on small screens). */
  onNavigate?: () => void;
}

/** Links of the main navigation (AppShell renders the <nav>); the router link sets aria-current. */
export function AppNav({ onNavigate }: AppNavProps) {
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  return (
    <Stack gap={2}>
      {navItems.map((item) => (
        <NavLink
          key={item.to}
          label={item.label}
          description={item.description}
          leftSection={<item.icon size={18} stroke={1.6} aria-hidden />}
          active={isNavItemActive(item, pathname)}
          onClick={onNavigate}
          renderRoot={(props) => <Link to={item.to} {...props} />}
        />
      ))}
    </Stack>
  );
}
