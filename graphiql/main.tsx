// The GraphQL explorer at /graphiql, bundled from the graphiql npm package so the page
// loads nothing from outside this server (no CDN). Requests go to this server's /graphql;
// an API key or a session token can be set in the Headers tab.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });

const defaultQuery = `# 社区治理数据平台 · Community governance data platform
# Without credentials you see what anonymous visitors see. Partners: put
# {"X-API-Key": "<your key>"} in the Headers tab below (demo mode: demo-partner-key).
query Communities {
  communities(first: 5, orderBy: [{ population: DESC }]) {
    totalCount
    nodes { code name population serviceCenter { name } }
  }
}
`;

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />
  </StrictMode>,
);
