declare global {
  namespace App {
    interface Locals {
      lang: 'id' | 'en';
    }
  }
}
export {};
