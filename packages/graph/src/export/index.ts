export { type ChainExport, type ExportFirm, readChainExport } from './chain-export';
export { CONTENT_TYPES, EXPORT_FORMATS, type ExportFormat, isExportFormat, renderExport } from './formats';
export { toNetwork } from './network';
export { neutralise } from './tables';
