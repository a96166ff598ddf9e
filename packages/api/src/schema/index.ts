// The schema index only imports: each file defines a type and the queries that return it.
import { builder } from '../builder';
import './enums';
import './health';
import './industry';
import './company';
import './score';

export const schema = builder.toSchema({ sortSchema: true });
