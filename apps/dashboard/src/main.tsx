import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createApolloClient } from './api/client';
import { appRoutes } from './appRoutes';
import { redirectToLogin } from './modules/auth/loginRedirect';
import { startPagePreloading } from './pages';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const router = createBrowserRouter(appRoutes());
const client = createApolloClient({ onUnauthenticated: () => redirectToLogin(router) });
// Before the first render: the page's chunk and its queries start beside Me, not after it.
startPagePreloading(router, client);

createRoot(container).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  </StrictMode>,
);
