/** Where the API documentation lives: the gateway's aggregated Swagger UI. */
export const API_DOCS_PATH = '/swagger-ui.html';

/** Honest placeholder until the provider dashboard is built: says what is coming and where the API is today. */
export function ComingSoon() {
  return (
    <main className="coming-soon">
      <p className="coming-soon__eyebrow">Provider dashboard</p>
      <h1 className="coming-soon__title">athgrid</h1>
      <p className="coming-soon__lead">
        This dashboard will show GPU providers their containers&apos; status and uptime, checker
        verdicts, stake requirements, and earned and vesting rewards.
      </p>
      <p className="coming-soon__status">It is not built yet; until then, providers use the REST API.</p>
      <a className="coming-soon__link" href={API_DOCS_PATH}>
        Read the API documentation
      </a>
    </main>
  );
}
