import { NavLink, Outlet } from 'react-router';
import { AsAtBanner, AsAtBar } from '../as-at/as-at-bar';
import { sectionsFor } from '../session/access';
import { useSession } from '../session/session-context';

export function Shell() {
  const { user, signOut } = useSession();
  const sections = sectionsFor(user?.roles ?? []);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top">
        <span className="brand">cadre</span>
        <span className="who">
          Signed in as <strong>{user?.username}</strong> ({user?.roles.join(', ')})
        </span>
        <button type="button" className="secondary" onClick={() => signOut()}>
          Sign out
        </button>
      </header>
      <div className="layout">
        <nav aria-label="Main" className="side">
          {sections.map((section) => (
            <div key={section.title} className="nav-section">
              <h2>{section.title}</h2>
              <ul>
                {section.items.map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to}>{item.label}</NavLink>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>
        <div className="content">
          <AsAtBar />
          <AsAtBanner />
          <main id="main" tabIndex={-1}>
            <Outlet />
          </main>
        </div>
      </div>
    </>
  );
}
