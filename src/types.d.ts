declare module 'cld' {
  export interface DetectedLanguage { name: string; code: string; percent: number; score: number }
  export interface DetectResult { reliable: boolean; textBytes: number; languages: DetectedLanguage[] }
}
