export function listen(options: {
  databaseUrl?: string;
  busUrl?: string;
  channels: string[];
  onNotify: (channel: string, payload: string) => void;
  onConnect?: () => void;
  onDisconnect?: () => void;
}): { close: () => void };
