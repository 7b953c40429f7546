// jsdom has no layout engine: Recharts' ResponsiveContainer needs a ResizeObserver to exist
// (it then measures 0×0, so chart specs give charts a fixed size). Nothing is ever observed.
class ResizeObserverStub implements ResizeObserver {
  observe(): void {
    return undefined;
  }
  unobserve(): void {
    return undefined;
  }
  disconnect(): void {
    return undefined;
  }
}

if (!('ResizeObserver' in globalThis)) {
  globalThis.ResizeObserver = ResizeObserverStub;
}
