/** Saves bytes under a file name, through a link the browser downloads. */
export function save(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  URL.revokeObjectURL(url);
}

export function download(name: string, type: string, content: string) {
  save(name, new Blob([content], { type: `${type};charset=utf-8` }));
}

/** The server sends the .docx base64-encoded (GraphQL carries text): back to its bytes. */
export function downloadBase64(name: string, type: string, base64: string) {
  save(name, new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type }));
}

/** A report's content as the server sends it (report or published file): DOCX base64, the others text. */
export function downloadReport(file: { format: string; fileName: string; mimeType: string; content: string }) {
  if (file.format === 'DOCX') downloadBase64(file.fileName, file.mimeType, file.content);
  else download(file.fileName, file.mimeType, file.content);
}
