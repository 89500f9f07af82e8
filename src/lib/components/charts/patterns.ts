/**
 * A bar fill: the series colour solid (first series) or as stripes, dots or cross-hatch on white, so
 * grouped bars differ by pattern as well as colour. Falls back to the plain colour where there is no
 * canvas (the server render, tests without a DOM).
 */
export function patternFill(color: string, index: number): string | CanvasPattern {
	const kind = index % 4;
	if (kind === 0 || typeof document === 'undefined') return color;
	const size = 8;
	const tile = document.createElement('canvas');
	tile.width = size;
	tile.height = size;
	const ctx = tile.getContext('2d');
	if (!ctx) return color;
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, size, size);
	ctx.strokeStyle = color;
	ctx.fillStyle = color;
	ctx.lineWidth = 2.5;
	if (kind === 1) {
		ctx.beginPath();
		ctx.moveTo(0, size);
		ctx.lineTo(size, 0);
		ctx.moveTo(-2, 2);
		ctx.lineTo(2, -2);
		ctx.moveTo(size - 2, size + 2);
		ctx.lineTo(size + 2, size - 2);
		ctx.stroke();
	} else if (kind === 2) {
		ctx.beginPath();
		ctx.arc(size / 2, size / 2, 2.2, 0, Math.PI * 2);
		ctx.fill();
	} else {
		ctx.lineWidth = 1.5;
		ctx.strokeRect(0.75, 0.75, size - 1.5, size - 1.5);
	}
	return ctx.createPattern(tile, 'repeat') ?? color;
}
