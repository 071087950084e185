// Data quality (数据质量): stored values the declared formats refuse, per community, by the read rules.
import { DataQualityResolver } from './data-quality.resolver';

export const qualityResolvers = [DataQualityResolver];
