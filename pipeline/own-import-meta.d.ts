export function ownImportMeta(path: string, text: string): string;
