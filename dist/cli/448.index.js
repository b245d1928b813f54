"use strict";
exports.id = 448;
exports.ids = [448];
exports.modules = {

/***/ 4448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeFileAtomic: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




const LINKED_SINCE = 'it became a symbolic link after it was checked, so nothing was written';
async function resolveTarget(file) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(file);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(file);
        throw error;
    }
}
/**
 * Replaces a file so readers see the old bytes or the new ones, never a mix: the new content
 * goes to a temporary file in the same folder, is flushed, then renamed over the target. An
 * existing file keeps its mode, and a symbolic link is followed and stays a link. With
 * `resolved`, `file` is a real path already checked: a link found there is refused, and one made
 * there after that is replaced by the rename, not followed.
 */
async function writeFileAtomic(file, contents, { resolved = false } = {}) {
    const target = resolved ? node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(file) : await resolveTarget(file);
    const existing = await (resolved ? node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat : node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(target).catch(() => undefined);
    if (existing?.isSymbolicLink() === true)
        throw new Error(LINKED_SINCE);
    const existingMode = existing === undefined ? undefined : existing.mode & 0o7777;
    // A rename would replace a read-only file too; refuse as writing in place would.
    if (existingMode !== undefined)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.access)(target, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.W_OK);
    const temporary = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(target), `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(target)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    // A new file gets the usual permissions (0666 less the umask); an existing one keeps its own.
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(temporary, 'wx', existingMode === undefined ? 0o666 : 0o600);
    try {
        await handle.writeFile(contents);
        if (existingMode !== undefined)
            await handle.chmod(existingMode);
        await handle.sync();
        await handle.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temporary, target);
    }
    catch (error) {
        await handle.close().catch(() => undefined);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(temporary).catch(() => undefined);
        throw error;
    }
}


/***/ })

};
;