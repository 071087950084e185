// Budget (经费): income and expenditure lines of communities and centres.
export * from './enums';
export { BudgetLine } from './budget-line.entity';
