import { graphql } from './graphql';

/** The first page's documents, apart from the other pages' so the first load parses only these. */
export const INDUSTRIES_WITH_KPIS = graphql(`
  query IndustriesWithKpis($radius: Radius!) {
    industries { id name nameEn kpis(radius: $radius) { coverage keyLinkCoverage localSupportRate missing weak } }
  }
`);
