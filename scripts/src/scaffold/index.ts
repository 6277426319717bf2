export { scaffoldBureau, writeScaffold, type Scaffold, type ScaffoldRequest } from './scaffold-bureau';
