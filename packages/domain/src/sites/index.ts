export * from './demo-sites';
export * from './reason';
export * from './site';
export * from './site-access';
export * from './site-columns';
export * from './site-fit';
export * from './site-needs';
export * from './site-shortlist';
