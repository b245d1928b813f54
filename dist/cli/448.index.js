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
 * existing file keeps its mode, and a symbolic link is followed and stays a link.
 */
async function writeFileAtomic(file, contents) {
    const target = await resolveTarget(file);
    const existingMode = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(target).then((info) => info.mode & 0o7777, () => undefined);
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