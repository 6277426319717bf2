export { TrustedDocuments, trustedDocumentId, type TrustedDocument, type TrustedDocumentManifest } from './trusted-document-manifest';
export { trustedDocumentCache, trustedDocumentsPlugin } from './trusted-documents-plugin';
