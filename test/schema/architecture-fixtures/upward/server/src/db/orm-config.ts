// Planted: db configures the ORM with the modules it imports (rule core-not-to-modules).
import { entities } from '../modules';

export const ormConfig = () => ({ entities: entities() });
