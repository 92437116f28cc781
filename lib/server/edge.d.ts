export function originsVcl(ports: number[], staleWhileRevalidate: number): string;
export function startVarnish(options: { port: number; originPorts: number[]; staleWhileRevalidate: number; cacheMb?: number }): {
  stop: () => Promise<void>;
};
