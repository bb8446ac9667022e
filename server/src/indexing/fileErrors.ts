/** Plain words for what the disk said when a source or a folder could not be read. */

/** Plain words for why the disk refused a file. */
export function unreadableReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'the file cannot be opened (permission denied)';
  if (code === 'ENOENT') return 'the file cannot be found (it was deleted, or it is a link to a file that is gone)';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'ELOOP') return 'it is a link that leads back to itself (a loop of symbolic links), so there is no file to read';
  if (code === 'ENAMETOOLONG') return 'its path is too long for the system to open';
  if (code === 'EIO') return 'the disk could not read it (an input/output error)';
  if (code === 'EMFILE' || code === 'ENFILE') return 'too many files are open at once; it will be read on the next indexing run';
  return `the file cannot be read (${code ?? String(e)})`;
}

/** Plain words for why a folder inside a sources folder was not walked. */
export function folderReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'the folder cannot be opened (permission denied), so the files in it are not indexed';
  if (code === 'ELOOP') return 'the folder is a loop of symbolic links, so the files in it are not indexed';
  return `the folder cannot be read (${code ?? String(e)}), so the files in it are not indexed`;
}
