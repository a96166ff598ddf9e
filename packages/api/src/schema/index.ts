// The schema index only imports: each file defines a type and the queries that return it.
import { builder } from '../builder';
import './enums';
import './health';
import './industry';
import './company';
import './supply-link';
import './score';
import './investment-targets';
import './matches';
import './kpis';
import './chain-segment';
import './key-link';
import './technology';
import './chain-map';
import './gap';
import './support-rate';
import './resilience';
import './blast-radius';
import './what-if';
import './user';
import './search';
import './segment-companies';
import './demand';
import './company-input';

export const schema = builder.toSchema({ sortSchema: true });
