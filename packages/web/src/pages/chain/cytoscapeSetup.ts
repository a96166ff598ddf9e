import cytoscape from 'cytoscape';
import svg from 'cytoscape-svg';

// Extensions register once per page load.
let registered = false;

export function atlasCytoscape(): typeof cytoscape {
  if (!registered) {
    cytoscape.use(svg);
    registered = true;
  }
  return cytoscape;
}
