// DownloadButton: a real <button>; on click it asks the kernel for the file's
// bytes and hands them to the browser as a download (a Blob, no network).
function saveBlob(bytes, filename, mime) {
  const blob = new Blob([bytes], { type: mime || "application/octet-stream" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename || "download";
  a.rel = "noopener";
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(url); a.remove(); }, 4000);
}

function render({ model, el }) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "hgw-download-button jupyter-button";
  const sync = () => {
    button.textContent = model.get("label");
    button.title = model.get("hint") || "";
    button.disabled = !!model.get("disabled");
  };
  sync();
  let waiting = false;
  button.addEventListener("click", () => {
    if (waiting) return;
    waiting = true;
    button.setAttribute("aria-busy", "true");
    model.send({ event: "request" });
  });
  const onMessage = (msg, buffers) => {
    if (!msg || msg.event !== "file") return;
    waiting = false;
    button.removeAttribute("aria-busy");
    if (msg.ok && buffers && buffers.length) {
      saveBlob(buffers[0], msg.filename, msg.mime);
    }
  };
  model.on("msg:custom", onMessage);
  model.on("change:label", sync);
  model.on("change:hint", sync);
  model.on("change:disabled", sync);
  el.classList.add("hgw-download");
  el.appendChild(button);
  return () => {
    model.off("msg:custom", onMessage);
    model.off("change:label", sync);
    model.off("change:hint", sync);
    model.off("change:disabled", sync);
  };
}

export default { render };
