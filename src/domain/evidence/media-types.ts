import { z } from 'zod';

/**
 * The kinds of file a reporter may send as evidence: screenshots and photos, e-mails,
 * documents, voice notes and screen recordings. The type is decided by the content
 * (platform/blobs/content-type.ts); a file name may only agree with it.
 */
export const MediaTypeSchema = z.enum([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/heic',
  'image/heif',
  'image/avif',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/zip',
  'text/plain',
  'message/rfc822',
  'audio/mp4',
  'audio/ogg',
  'audio/mpeg',
  'audio/amr',
  'audio/wav',
  'video/mp4',
  'video/quicktime',
  'video/3gpp',
]);
export type MediaType = z.infer<typeof MediaTypeSchema>;

const OFFICE_AND_ZIP = ['zip', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp'] as const;

/**
 * File name extensions that agree with each type (lower case, without the dot). Formats
 * built on another one accept its names too: a .docx is a ZIP, an .m4a is an MP4.
 */
export const EXTENSIONS_OF: Record<MediaType, readonly string[]> = {
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg', 'jpe', 'jfif'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'image/heic': ['heic', 'heif'],
  'image/heif': ['heif', 'heic'],
  'image/avif': ['avif'],
  'application/pdf': ['pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/zip': OFFICE_AND_ZIP,
  'text/plain': ['txt', 'text', 'log', 'csv', 'md', 'json', 'xml', 'html', 'htm'],
  'message/rfc822': ['eml', 'txt'],
  'audio/mp4': ['m4a', 'm4b', 'mp4'],
  'audio/ogg': ['ogg', 'oga', 'opus'],
  'audio/mpeg': ['mp3'],
  'audio/amr': ['amr'],
  'audio/wav': ['wav'],
  'video/mp4': ['mp4', 'm4v', 'm4a'],
  'video/quicktime': ['mov', 'qt'],
  'video/3gpp': ['3gp', '3gpp', '3g2'],
};

/** What the staff app may show inline once metadata is stripped (see the display copy). */
export const DISPLAYABLE_IMAGE_TYPES: readonly MediaType[] = [
  'image/png',
  'image/jpeg',
  'image/webp',
];
