/** Types of bench/hostile.mjs, for the tests that import it. */
export declare const MB: number;
export declare function fill(unit: string, n: number): string;
export declare function runs(): Record<string, string>;
export declare const RUNS_LIMIT: number;
export declare function foreign(): Record<string, [other: string, latin: string]>;
export declare const FOREIGN_LIMIT: number;
export declare function dense(): Record<string, [small: string, large: string]>;
export declare const DENSE_LIMIT: number;
export declare function pairedMinRatio(cost: (text: string) => number, a: string, b: string, rounds: number, under?: number, warm?: (text: string) => unknown): number;
