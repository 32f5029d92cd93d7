import { z } from 'zod';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ error: 'Enter a valid e-mail address' }));

export const passwordSchema = z.string().min(8, 'Use at least 8 characters').max(200, 'Use at most 200 characters');

export const signUpBodySchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: z.string().trim().min(1, 'Enter your name').max(100),
});

export const signInSchema = z.object({ email: emailSchema, password: z.string().min(1).max(200) });

export const signUpResponseSchema = z.object({ status: z.literal('ok') });

export type SignUpBody = z.infer<typeof signUpBodySchema>;

/** `email` is null for an account made by signing in with a phone; `phone` is the verified one. */
export type SessionUser = { id: string; email: string | null; name: string; phone: string | null };

export const forgotPasswordBodySchema = z.object({ email: emailSchema });
export const resetPasswordBodySchema = z.object({
  token: z.string().trim().min(20).max(100),
  password: passwordSchema,
});
export const profileBodySchema = z.object({ name: z.string().trim().min(1, 'Enter your name').max(100) });
export const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1, 'Enter your current password').max(200),
  newPassword: passwordSchema,
});
export const statusResponseSchema = z.object({ status: z.literal('ok') });
export type ChangePasswordBody = z.infer<typeof changePasswordBodySchema>;
