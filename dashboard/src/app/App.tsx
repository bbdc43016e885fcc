import { CheckersPage } from '../checkers/CheckersPage';
import { ContainerDetailPage } from '../containers/ContainerDetailPage';
import { ContainersPage } from '../containers/ContainersPage';
import { EarningsPage } from '../earnings/EarningsPage';
import { MissedDemandPage } from '../demand/MissedDemandPage';
import { OverviewPage } from '../overview/OverviewPage';
import { useSession } from '../session/SessionContext';
import { SignInPage } from '../signin/SignInPage';
import { SlashDetailPage } from '../slashes/SlashDetailPage';
import { SlashesPage } from '../slashes/SlashesPage';
import { href, type Route } from './routes';
import { Shell } from './Shell';
import { useRoute } from './useRoute';

/** Sign-in until there is a session, then the page the URL names. */
export function App() {
  const { session } = useSession();
  const route = useRoute();
  if (!session) {
    return <SignInPage />;
  }
  return <Shell route={route}>{page(route)}</Shell>;
}

function page(route: Route) {
  switch (route.page) {
    case 'overview':
      return <OverviewPage />;
    case 'containers':
      return <ContainersPage />;
    case 'container':
      return <ContainerDetailPage key={route.containerId} containerId={route.containerId} />;
    case 'slashes':
      return <SlashesPage />;
    case 'slash':
      return <SlashDetailPage key={route.slashId} slashId={route.slashId} />;
    case 'earnings':
      return <EarningsPage />;
    case 'missed-demand':
      return <MissedDemandPage />;
    case 'checkers':
      return <CheckersPage />;
    case 'not-found':
      return (
        <section>
          <h1>Page not found</h1>
          <p>
            Nothing lives at <code>{route.path}</code>. <a href={href.overview}>Go to the overview</a>.
          </p>
        </section>
      );
  }
}
