// React's production build with <Profiler> timings (tests/unit/renderer-long-report.test.ts): the client's API.
declare module 'react-dom/profiling' {
  export * from 'react-dom/client';
}
