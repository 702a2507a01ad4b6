export interface Cluster {
  url: string;
  port: number;
  socketDir: string;
  urlWith(user: string, password: string): string;
  stop(): void;
}
export const USER: string;
export const PASSWORD: string;
export function freePort(): Promise<number>;
export function startCluster(options?: { settings?: string[] }): Promise<Cluster>;
