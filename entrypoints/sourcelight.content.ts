export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    return null;
  },
});
