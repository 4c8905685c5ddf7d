// Loads the staff tools' WebAssembly module (tools.js and tools_bg.wasm, built by Trunk
// beside the app) the first time a staff page is opened, and mounts it into the app's main
// area. A failed load can be tried again.
let loading = null;

export function mount_tools(base, rootId) {
  if (!loading) {
    loading = import(base + 'tools.js')
      .then(async (tools) => {
        await tools.default({ module_or_path: base + 'tools_bg.wasm' });
        return tools;
      })
      .catch((error) => {
        loading = null;
        throw error;
      });
  }
  return loading.then((tools) => tools.mount(rootId));
}

export function unmount_tools() {
  if (loading) loading.then((tools) => tools.unmount(), () => {});
}
