// The schema index only imports: each file defines a type and the queries that return it.
import { builder } from '../builder';
import './health';
import './industry';

export const schema = builder.toSchema({ sortSchema: true });
