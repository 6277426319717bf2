export { postToPeer, type ForwardedRequest, type PeerEndpoint } from './peer-call';
