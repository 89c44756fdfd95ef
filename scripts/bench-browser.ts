/** The browser half of the benchmark; filled in once the e2e harness exists. */
export interface BrowserFigures {
  clickToPaintMs: number[];
  reopenMs: number[];
  perPage: { page: string; clickToPaintMs: number; reopenMs: number }[];
}

export async function measureClickToPaint(_root: string, _pages: string[]): Promise<BrowserFigures | null> {
  return null;
}
