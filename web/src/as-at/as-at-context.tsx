import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { isActive, validView, type AsAtView } from './as-at-view';

const VIEW_KEY = 'cadre.asAtView';

interface AsAt {
  view: AsAtView;
  active: boolean;
  setView(view: AsAtView): void;
}

const AsAtContext = createContext<AsAt | null>(null);

const storedView = (): AsAtView => {
  try {
    return validView(JSON.parse(sessionStorage.getItem(VIEW_KEY) ?? '{}') as AsAtView);
  } catch {
    return {};
  }
};

export function AsAtProvider({ children }: { children: ReactNode }) {
  const [view, setState] = useState<AsAtView>(storedView);
  const setView = useCallback((next: AsAtView) => {
    const valid = validView(next);
    sessionStorage.setItem(VIEW_KEY, JSON.stringify(valid));
    setState(valid);
  }, []);
  const value = useMemo(() => ({ view, active: isActive(view), setView }), [view, setView]);
  return <AsAtContext.Provider value={value}>{children}</AsAtContext.Provider>;
}

export function useAsAt(): AsAt {
  const value = useContext(AsAtContext);
  if (!value) throw new Error('useAsAt outside AsAtProvider');
  return value;
}
