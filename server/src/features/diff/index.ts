// Comparing two versions of an agreement: `diffAnalyses` and `renderDiff`.

export * from './diff';
export * from './render';
