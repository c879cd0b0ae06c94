/** The preload's one object, typed by the contract. The renderer reaches the main process only through it. */
import type { ExposedApi } from '../annotations/contract.ts';

declare global {
  interface Window {
    claimbench?: ExposedApi;
  }
}

export function workbenchApi(): ExposedApi {
  if (!window.claimbench) throw new Error('Claimbench cannot reach its main process (window.claimbench is missing).');
  return window.claimbench;
}

/** Bytes of a dropped file, base64-encoded for the trip to the main process. */
export async function fileToBase64(file: File): Promise<string> {
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error(`Cannot read ${file.name}.`));
    reader.readAsDataURL(file);
  });
  return dataUrl.slice(dataUrl.indexOf(',') + 1);
}
