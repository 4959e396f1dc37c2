export declare function startPreview(dist?: string): Promise<{ base: string; stop: () => void }>;
