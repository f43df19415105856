declare module 'cld' {
  export interface DetectedLanguage { name: string; code: string; percent: number; score: number }
  export interface DetectResult { reliable: boolean; textBytes: number; languages: DetectedLanguage[] }
  export interface DetectOptions { isHTML?: boolean; languageHint?: string; bestEffort?: boolean }
  const cld: { detect(text: string, options?: DetectOptions): Promise<DetectResult> };
  export default cld;
}
