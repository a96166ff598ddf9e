import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import type { ViewExporter } from './exporters';

const ExportContext = createContext<{
  exporter: ViewExporter | null;
  setExporter(exporter: ViewExporter | null): void;
}>({ exporter: null, setExporter: () => {} });

export function ExportProvider({ children }: { children: ReactNode }) {
  const [exporter, setExporter] = useState<ViewExporter | null>(null);
  const value = useMemo(() => ({ exporter, setExporter }), [exporter]);
  return <ExportContext.Provider value={value}>{children}</ExportContext.Provider>;
}

export const useExporter = () => useContext(ExportContext).exporter;

/** A page offers its picture to the export menu while it is shown. */
export function useRegisterExporter(exporter: ViewExporter | null): void {
  const { setExporter } = useContext(ExportContext);
  useEffect(() => {
    setExporter(exporter);
    return () => setExporter(null);
  }, [exporter, setExporter]);
}
