// Figures: overview, indicators, budget summaries, duty findings, data completeness and the report they make, all computed in SQL.
import { CompletenessResolver } from './completeness.resolver';
import { FiguresResolver } from './figures.resolver';
import { linkResolvers } from './links.resolver';

export { DEFAULT_THRESHOLDS, thresholdsFromEnv, type Thresholds } from './settings';
export { CACHED_FIGURES } from './cached';
export { allFigureInputs } from './inputs';
export const figuresResolvers = [FiguresResolver, CompletenessResolver, ...linkResolvers];
