export { type ChainExport, type ExportFirm, type ExportSupply, readChainExport } from './chain-export';
export { CONTENT_TYPES, EXPORT_FORMATS, type ExportFormat, isExportFormat, renderExport } from './formats';
export { toNetwork } from './network';
export { exportAudience, redactExport } from './redact';
export { neutralise, xmlSafe } from './text-safety';
