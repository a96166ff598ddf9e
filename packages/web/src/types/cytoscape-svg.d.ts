// cytoscape-svg ships no types.
declare module 'cytoscape-svg' {
  const register: import('cytoscape').Ext;
  export default register;
}
