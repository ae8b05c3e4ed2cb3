/** Draws an SVG document on a canvas at `scale` times its size and returns the PNG. */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
	const img = new Image();
	img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
	await img.decode();
	const canvas = document.createElement('canvas');
	canvas.width = Math.ceil(img.naturalWidth * scale);
	canvas.height = Math.ceil(img.naturalHeight * scale);
	const context = canvas.getContext('2d');
	if (!context) throw new Error('this browser cannot draw on a canvas');
	context.fillStyle = 'white';
	context.fillRect(0, 0, canvas.width, canvas.height);
	context.drawImage(img, 0, 0, canvas.width, canvas.height);
	return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
