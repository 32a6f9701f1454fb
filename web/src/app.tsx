import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { AsAtProvider } from './as-at/as-at-context';
import { Loading } from './components/status';
import { Shell } from './layout/shell';
import { ProjectionsPage } from './pages/admin/projections.page';
import { EventsPage } from './pages/audit/events.page';
import { TimelinePage } from './pages/audit/timeline.page';
import { VerifyPage } from './pages/audit/verify.page';
import { CohortListPage } from './pages/cohorts/cohort-list.page';
import { CohortPage } from './pages/cohorts/cohort.page';
import { ImportsPage } from './pages/imports/imports.page';
import { SignInPage } from './pages/sign-in.page';
import { HirePage } from './pages/staff/hire.page';
import { PersonPage } from './pages/staff/person.page';
import { StaffListPage } from './pages/staff/staff-list.page';
import { homeFor, may, mayVisit, type Action } from './session/access';
import { SessionProvider, useSession } from './session/session-context';

// The chart pages bring Chart.js; people who never open them never download it.
const DashboardPage = lazy(() => import('./pages/clinical/dashboard.page'));
const FundingPage = lazy(() => import('./pages/clinical/funding.page'));
const PostsPage = lazy(() => import('./pages/clinical/posts.page'));
const CaseloadsPage = lazy(() => import('./pages/caseloads/caseloads.page'));
const PersonCaseloadPage = lazy(() => import('./pages/caseloads/person-caseload.page'));
const CentreIntakesPage = lazy(() => import('./pages/centre/intakes.page'));
const CentreFinancesPage = lazy(() => import('./pages/centre/finances.page'));
const CentreCouncilPage = lazy(() => import('./pages/centre/council.page'));
const CentreAttendancePage = lazy(() => import('./pages/centre/attendance.page'));

/** Signed-in pages the user's roles include; anything else is explained, not silently empty. */
function Guard({ children, write }: { children: ReactNode; write?: Action }) {
  const { user } = useSession();
  const location = useLocation();
  if (!user) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  const allowed = mayVisit(user.roles, location.pathname) && (!write || may(user.roles, write));
  if (!allowed)
    return (
      <>
        <h1>Not available</h1>
        <p>Your role ({user.roles.join(', ')}) does not include this page.</p>
      </>
    );
  return <Suspense fallback={<Loading what="the page" />}>{children}</Suspense>;
}

function Home() {
  const { user } = useSession();
  return <Navigate to={user ? homeFor(user.roles) : '/sign-in'} replace />;
}

function SignedIn() {
  const { user } = useSession();
  const location = useLocation();
  if (!user) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  return <Shell />;
}

export function App() {
  return (
    <AsAtProvider>
      <SessionProvider>
        <BrowserRouter>
          <Routes>
            <Route path="/sign-in" element={<SignInPage />} />
            <Route path="/" element={<Home />} />
            <Route element={<SignedIn />}>
              <Route
                path="/staff"
                element={
                  <Guard>
                    <StaffListPage />
                  </Guard>
                }
              />
              <Route
                path="/staff/new"
                element={
                  <Guard write="staff.write">
                    <HirePage />
                  </Guard>
                }
              />
              <Route
                path="/staff/:id"
                element={
                  <Guard>
                    <PersonPage />
                  </Guard>
                }
              />
              <Route
                path="/cohorts"
                element={
                  <Guard>
                    <CohortListPage />
                  </Guard>
                }
              />
              <Route
                path="/cohorts/:id"
                element={
                  <Guard>
                    <CohortPage />
                  </Guard>
                }
              />
              <Route
                path="/dashboard"
                element={
                  <Guard>
                    <DashboardPage />
                  </Guard>
                }
              />
              <Route
                path="/funding"
                element={
                  <Guard>
                    <FundingPage />
                  </Guard>
                }
              />
              <Route
                path="/posts"
                element={
                  <Guard>
                    <PostsPage />
                  </Guard>
                }
              />
              <Route
                path="/caseloads"
                element={
                  <Guard>
                    <CaseloadsPage />
                  </Guard>
                }
              />
              <Route
                path="/caseloads/:staffId"
                element={
                  <Guard>
                    <PersonCaseloadPage />
                  </Guard>
                }
              />
              <Route
                path="/centre"
                element={
                  <Guard>
                    <CentreIntakesPage />
                  </Guard>
                }
              />
              <Route
                path="/centre/:year/councils/:id"
                element={
                  <Guard>
                    <CentreCouncilPage />
                  </Guard>
                }
              />
              <Route
                path="/centre/:year/attendance"
                element={
                  <Guard write="centre.write">
                    <CentreAttendancePage />
                  </Guard>
                }
              />
              <Route
                path="/centre-finances"
                element={
                  <Guard>
                    <CentreFinancesPage />
                  </Guard>
                }
              />
              <Route
                path="/imports"
                element={
                  <Guard>
                    <ImportsPage />
                  </Guard>
                }
              />
              <Route
                path="/audit/events"
                element={
                  <Guard>
                    <EventsPage />
                  </Guard>
                }
              />
              <Route
                path="/audit/timeline"
                element={
                  <Guard>
                    <TimelinePage />
                  </Guard>
                }
              />
              <Route
                path="/audit/timeline/:kind"
                element={
                  <Guard>
                    <TimelinePage />
                  </Guard>
                }
              />
              <Route
                path="/audit/timeline/:kind/:id"
                element={
                  <Guard>
                    <TimelinePage />
                  </Guard>
                }
              />
              <Route
                path="/audit/verify"
                element={
                  <Guard>
                    <VerifyPage />
                  </Guard>
                }
              />
              <Route
                path="/admin/projections"
                element={
                  <Guard>
                    <ProjectionsPage />
                  </Guard>
                }
              />
              <Route path="*" element={<NotFound />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </AsAtProvider>
  );
}

function NotFound() {
  return (
    <>
      <h1>No such page</h1>
      <p>Use the navigation to find what you need.</p>
    </>
  );
}
